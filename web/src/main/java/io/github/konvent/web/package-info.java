/** Programme pages, a read-only HTTP server with calendar feeds, a static site writer and programme diffs. */
package io.github.konvent.web;
