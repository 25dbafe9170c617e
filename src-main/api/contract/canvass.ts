/** The canvass feature's channels (names listed under CANVASS in channel-names.ts). */
export const canvassChannels = {};
