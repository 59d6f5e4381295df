#ifndef CCURL_H
#define CCURL_H

#include <stddef.h>

/// One HTTP(S) transfer through libcurl, loaded with dlopen on first use, so that a process that
/// never fetches never loads libcurl and the two dozen libraries it pulls in (TLS, Kerberos, LDAP).
///
/// Every string and the body are malloc'd and freed by `ccurl_response_free`.
typedef struct ccurl_response {
    /// 0 when the transfer completed (whatever the HTTP status); otherwise libcurl's CURLcode,
    /// or -1 when libcurl could not be loaded.
    int code;
    /// libcurl's own words for the failure, or why loading it failed.
    char message[512];
    /// Set when the body passed `max_bytes` (or the declared Content-Length did).
    int too_large;
    /// The bytes seen (or declared) when `too_large` was set.
    size_t size_seen;
    long status;
    long redirects;
    /// The address after redirects, and where the last redirect pointed (for a redirect loop).
    char *effective_url;
    char *redirect_url;
    /// Headers of the final response: Content-Type, ETag, Last-Modified.
    char *content_type;
    char *etag;
    char *last_modified;
    unsigned char *body;
    size_t body_length;
} ccurl_response;

/// The request: validators are NULL when the request is not conditional.
typedef struct ccurl_request {
    const char *url;
    const char *user_agent;
    const char *accept;
    const char *if_none_match;
    const char *if_modified_since;
    /// Milliseconds for connecting and for the whole transfer, and a stall limit: a transfer slower
    /// than one byte a second for `stall_seconds` is dropped.
    long connect_timeout_ms;
    long total_timeout_ms;
    long stall_seconds;
    size_t max_bytes;
    long max_redirects;
} ccurl_request;

/// Performs the request; fills `response` (call `ccurl_response_free` afterwards in every case).
void ccurl_perform(const ccurl_request *request, ccurl_response *response);

void ccurl_response_free(ccurl_response *response);

/// libcurl's CURLcode values the caller tells apart (and -1: libcurl could not be loaded).
#define CCURL_UNAVAILABLE (-1)
#define CCURL_OK 0
#define CCURL_UNSUPPORTED_PROTOCOL 1
#define CCURL_URL_MALFORMAT 3
#define CCURL_COULDNT_RESOLVE_PROXY 5
#define CCURL_COULDNT_RESOLVE_HOST 6
#define CCURL_COULDNT_CONNECT 7
#define CCURL_WRITE_ERROR 23
#define CCURL_OPERATION_TIMEDOUT 28
#define CCURL_TOO_MANY_REDIRECTS 47
#define CCURL_GOT_NOTHING 52
#define CCURL_FILESIZE_EXCEEDED 63

#endif
