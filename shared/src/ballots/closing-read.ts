/**
 * At a secret poll's result every page in the room asks for the board's last part at once: 500
 * requests answered in one turn of the server's loop stalled it for 77–119 ms. Each page waits a
 * random moment up to this long before asking, so the reads come spread out. A page's "verified"
 * comes at most this much later; the result itself is on screen at once.
 */
export const closingReadSpreadMs = 250;

/** How long this page waits before reading the board's last part (uniform, up to the spread). */
export const closingReadDelay = (): number => Math.random() * closingReadSpreadMs;

/**
 * How long a page that followed the board waits for the last part the server announces to the
 * room at the tally (`board:final`, sent just after the result) before reading its own: the
 * announcement spares the server the room's reads, and the pages the random wait above.
 */
export const announcedPartWaitMs = 1000;
