/** The roadmap feature's channels (names listed under ROADMAP in channel-names.ts). */
export const roadmapChannels = {};
