@NullMarked
package vn.chibo.minutes.domain;

import org.jspecify.annotations.NullMarked;
