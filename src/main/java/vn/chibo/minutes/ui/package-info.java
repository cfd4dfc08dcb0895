@NullMarked
package vn.chibo.minutes.ui;

import org.jspecify.annotations.NullMarked;
