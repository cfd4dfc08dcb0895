@NullMarked
package vn.chibo.backup.service;

import org.jspecify.annotations.NullMarked;
