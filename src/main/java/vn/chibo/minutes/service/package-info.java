@NullMarked
package vn.chibo.minutes.service;

import org.jspecify.annotations.NullMarked;
