@NullMarked
package vn.chibo.live.service;

import org.jspecify.annotations.NullMarked;
