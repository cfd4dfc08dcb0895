/**
 * Building blocks for the documents cells print: Word documents in the Party's format and tidy
 * spreadsheets. Depends on no feature; each feature writes its own documents with these.
 */
@NullMarked
package vn.chibo.document;

import org.jspecify.annotations.NullMarked;
