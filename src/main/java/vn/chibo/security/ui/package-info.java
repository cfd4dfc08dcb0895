/** Log-in, password and language pages. */
@NullMarked
package vn.chibo.security.ui;

import org.jspecify.annotations.NullMarked;
