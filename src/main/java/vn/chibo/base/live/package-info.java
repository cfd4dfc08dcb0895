@NullMarked
package vn.chibo.base.live;

import org.jspecify.annotations.NullMarked;
