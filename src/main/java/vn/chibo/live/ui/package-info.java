@NullMarked
package vn.chibo.live.ui;

import org.jspecify.annotations.NullMarked;
