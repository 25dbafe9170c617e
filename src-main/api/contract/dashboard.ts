/** The dashboard feature's channels (names listed under DASHBOARD in channel-names.ts). */
export const dashboardChannels = {};
