@NullMarked
package vn.chibo.search.service;

import org.jspecify.annotations.NullMarked;
