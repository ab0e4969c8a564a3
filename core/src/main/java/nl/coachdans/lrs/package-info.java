/**
 * Sending results to a school's learning record store (LRS) as they happen: xAPI 1.0.3 statements
 * posted in batches, queued on disk first so that quitting, a crash or a day offline loses nothing,
 * and read back to compare a handed-in file with what the store received. Plain Java
 * ({@link java.net.http.HttpClient}, Jackson); the game's screens only show its status.
 */
package nl.coachdans.lrs;
