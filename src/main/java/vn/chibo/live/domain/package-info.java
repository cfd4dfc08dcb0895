@NullMarked
package vn.chibo.live.domain;

import org.jspecify.annotations.NullMarked;
