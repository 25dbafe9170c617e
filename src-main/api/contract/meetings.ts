/** The meetings feature's channels (names listed under MEETINGS in channel-names.ts). */
export const meetingChannels = {};
