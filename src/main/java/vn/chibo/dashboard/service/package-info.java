@NullMarked
package vn.chibo.dashboard.service;

import org.jspecify.annotations.NullMarked;
