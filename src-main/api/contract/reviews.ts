/** The reviews feature's channels (names listed under REVIEWS in channel-names.ts). */
export const reviewChannels = {};
