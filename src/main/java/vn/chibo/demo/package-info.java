/** Demo data for the embedded database (on by default, off with the postgres profile). */
@NullMarked
package vn.chibo.demo;

import org.jspecify.annotations.NullMarked;
