/** The proposals feature's channels (names listed under PROPOSALS in channel-names.ts). */
export const proposalChannels = {};
