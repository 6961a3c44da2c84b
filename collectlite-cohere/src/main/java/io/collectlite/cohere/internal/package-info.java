/** How the Cohere adapter talks to the SDK and reads its answers; not API, may change in any release. */
package io.collectlite.cohere.internal;
