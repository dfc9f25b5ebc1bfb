package org.despatch.server.rest;

/** What every error of the API looks like: the HTTP status and a one-line message, never a stack trace. */
public record ErrorBody(int status, String error) {
}
