/** The standards feature's channels (names listed under STANDARDS in channel-names.ts). */
export const standardChannels = {};
