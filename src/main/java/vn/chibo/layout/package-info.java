/** The application frame: navigation, the current cell and the user menu, around every feature's pages. */
@NullMarked
package vn.chibo.layout;

import org.jspecify.annotations.NullMarked;
