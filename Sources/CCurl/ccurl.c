// libcurl through dlopen: the few entry points and option numbers a page fetch needs.
//
// The option and info numbers are libcurl's stable ABI (curl.h: CURLOPTTYPE_* bases plus the
// option's index), written out here because Debian's libcurl runtime package has no header.
#include "ccurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef void CURL;
struct curl_slist;

enum {
    OPT_LONG = 0, OPT_OBJECT = 10000, OPT_FUNCTION = 20000, OPT_OFF_T = 30000,
    CURLOPT_WRITEDATA = OPT_OBJECT + 1,
    CURLOPT_URL = OPT_OBJECT + 2,
    CURLOPT_ERRORBUFFER = OPT_OBJECT + 10,
    CURLOPT_WRITEFUNCTION = OPT_FUNCTION + 11,
    CURLOPT_USERAGENT = OPT_OBJECT + 18,
    CURLOPT_LOW_SPEED_LIMIT = OPT_LONG + 19,
    CURLOPT_LOW_SPEED_TIME = OPT_LONG + 20,
    CURLOPT_HTTPHEADER = OPT_OBJECT + 23,
    CURLOPT_HEADERDATA = OPT_OBJECT + 29,
    CURLOPT_FOLLOWLOCATION = OPT_LONG + 52,
    CURLOPT_MAXREDIRS = OPT_LONG + 68,
    CURLOPT_NOSIGNAL = OPT_LONG + 99,
    CURLOPT_HEADERFUNCTION = OPT_FUNCTION + 79,
    CURLOPT_ACCEPT_ENCODING = OPT_OBJECT + 102,
    CURLOPT_TIMEOUT_MS = OPT_LONG + 155,
    CURLOPT_CONNECTTIMEOUT_MS = OPT_LONG + 156,
    CURLOPT_PROTOCOLS = OPT_LONG + 181,
    CURLOPT_REDIR_PROTOCOLS = OPT_LONG + 182,
    CURLOPT_MAXFILESIZE_LARGE = OPT_OFF_T + 117,
};
enum {
    INFO_STRING = 0x100000, INFO_LONG = 0x200000, INFO_OFF_T = 0x600000,
    CURLINFO_EFFECTIVE_URL = INFO_STRING + 1,
    CURLINFO_RESPONSE_CODE = INFO_LONG + 2,
    CURLINFO_CONTENT_TYPE = INFO_STRING + 18,
    CURLINFO_REDIRECT_COUNT = INFO_LONG + 20,
    CURLINFO_REDIRECT_URL = INFO_STRING + 31,
    CURLINFO_CONTENT_LENGTH_DOWNLOAD_T = INFO_OFF_T + 15,
};
enum { CURLPROTO_HTTP = 1, CURLPROTO_HTTPS = 2, CURL_GLOBAL_DEFAULT = 3, CURL_ERROR_SIZE = 256 };

static struct {
    int (*global_init)(long);
    CURL *(*easy_init)(void);
    int (*easy_setopt)(CURL *, int, ...);
    int (*easy_perform)(CURL *);
    int (*easy_getinfo)(CURL *, int, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(int);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    char failure[400];
    int loaded;
} curl;

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;

static void load_curl(void) {
    static const char *names[] = {
        "libcurl.so.4", "libcurl.so", "libcurl-gnutls.so.4", "libcurl-nss.so.4", "libcurl.4.dylib", "libcurl.dylib", NULL,
    };
    void *library = NULL;
    for (int i = 0; names[i] && !library; i++) library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        snprintf(curl.failure, sizeof curl.failure, "libcurl is not installed (looked for libcurl.so.4: %s)", dlerror());
        return;
    }
#define FIND(field, symbol)                                                                            \
    do {                                                                                               \
        *(void **)&curl.field = dlsym(library, symbol);                                                \
        if (!curl.field) {                                                                             \
            snprintf(curl.failure, sizeof curl.failure, "the libcurl found lacks %s", symbol);        \
            return;                                                                                    \
        }                                                                                              \
    } while (0)
    FIND(global_init, "curl_global_init");
    FIND(easy_init, "curl_easy_init");
    FIND(easy_setopt, "curl_easy_setopt");
    FIND(easy_perform, "curl_easy_perform");
    FIND(easy_getinfo, "curl_easy_getinfo");
    FIND(easy_cleanup, "curl_easy_cleanup");
    FIND(easy_strerror, "curl_easy_strerror");
    FIND(slist_append, "curl_slist_append");
    FIND(slist_free_all, "curl_slist_free_all");
#undef FIND
    if (curl.global_init(CURL_GLOBAL_DEFAULT) != 0) {
        snprintf(curl.failure, sizeof curl.failure, "libcurl failed to initialise");
        return;
    }
    curl.loaded = 1;
}

/// What the callbacks write into.
typedef struct transfer {
    ccurl_response *response;
    size_t capacity;
    size_t max_bytes;
} transfer;

static size_t on_body(char *data, size_t size, size_t count, void *context) {
    transfer *t = context;
    ccurl_response *r = t->response;
    size_t length = size * count;
    if (r->body_length + length > t->max_bytes) {
        r->too_large = 1;
        r->size_seen = r->body_length + length;
        return 0;  // stops the transfer with CURLE_WRITE_ERROR
    }
    if (r->body_length + length > t->capacity) {
        size_t capacity = t->capacity ? t->capacity : 64 * 1024;
        while (capacity < r->body_length + length) capacity *= 2;
        unsigned char *grown = realloc(r->body, capacity);
        if (!grown) return 0;
        r->body = grown;
        t->capacity = capacity;
    }
    memcpy(r->body + r->body_length, data, length);
    r->body_length += length;
    return length;
}

static void replace(char **field, const char *value, size_t length) {
    free(*field);
    *field = malloc(length + 1);
    if (*field) {
        memcpy(*field, value, length);
        (*field)[length] = 0;
    }
}

/// Keeps ETag and Last-Modified of the last response (a redirect's headers are forgotten when the
/// next status line arrives).
static size_t on_header(char *data, size_t size, size_t count, void *context) {
    transfer *t = context;
    ccurl_response *r = t->response;
    size_t length = size * count;
    if (length >= 5 && strncmp(data, "HTTP/", 5) == 0) {
        free(r->etag);
        free(r->last_modified);
        r->etag = r->last_modified = NULL;
        return length;
    }
    const char *colon = memchr(data, ':', length);
    if (!colon) return length;
    size_t name_length = (size_t)(colon - data);
    const char *value = colon + 1, *end = data + length;
    while (value < end && (*value == ' ' || *value == '\t')) value++;
    while (end > value && (end[-1] == '\r' || end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\t')) end--;
    if (name_length == 4 && strncasecmp(data, "etag", 4) == 0) replace(&r->etag, value, (size_t)(end - value));
    if (name_length == 13 && strncasecmp(data, "last-modified", 13) == 0) replace(&r->last_modified, value, (size_t)(end - value));
    return length;
}

static char *copy(const char *text) { return text ? strdup(text) : NULL; }

void ccurl_perform(const ccurl_request *request, ccurl_response *response) {
    memset(response, 0, sizeof *response);
    pthread_once(&curl_once, load_curl);
    if (!curl.loaded) {
        response->code = CCURL_UNAVAILABLE;
        snprintf(response->message, sizeof response->message, "%s", curl.failure);
        return;
    }
    CURL *handle = curl.easy_init();
    if (!handle) {
        response->code = CCURL_UNAVAILABLE;
        snprintf(response->message, sizeof response->message, "libcurl could not start a transfer");
        return;
    }
    char error[CURL_ERROR_SIZE] = {0};
    transfer t = {.response = response, .max_bytes = request->max_bytes};
    struct curl_slist *headers = NULL;
    char line[1024];
    if (request->accept) {
        snprintf(line, sizeof line, "Accept: %s", request->accept);
        headers = curl.slist_append(headers, line);
    }
    if (request->if_none_match) {
        snprintf(line, sizeof line, "If-None-Match: %s", request->if_none_match);
        headers = curl.slist_append(headers, line);
    }
    if (request->if_modified_since) {
        snprintf(line, sizeof line, "If-Modified-Since: %s", request->if_modified_since);
        headers = curl.slist_append(headers, line);
    }
    curl.easy_setopt(handle, CURLOPT_URL, request->url);
    curl.easy_setopt(handle, CURLOPT_ERRORBUFFER, error);
    curl.easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl.easy_setopt(handle, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
    curl.easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
    curl.easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
    curl.easy_setopt(handle, CURLOPT_MAXREDIRS, request->max_redirects);
    curl.easy_setopt(handle, CURLOPT_USERAGENT, request->user_agent);
    curl.easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
    curl.easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "");
    curl.easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, request->connect_timeout_ms);
    curl.easy_setopt(handle, CURLOPT_TIMEOUT_MS, request->total_timeout_ms);
    curl.easy_setopt(handle, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl.easy_setopt(handle, CURLOPT_LOW_SPEED_TIME, request->stall_seconds);
    curl.easy_setopt(handle, CURLOPT_MAXFILESIZE_LARGE, (long long)request->max_bytes);
    curl.easy_setopt(handle, CURLOPT_WRITEFUNCTION, on_body);
    curl.easy_setopt(handle, CURLOPT_WRITEDATA, &t);
    curl.easy_setopt(handle, CURLOPT_HEADERFUNCTION, on_header);
    curl.easy_setopt(handle, CURLOPT_HEADERDATA, &t);

    int code = curl.easy_perform(handle);
    response->code = code;
    if (code != 0) snprintf(response->message, sizeof response->message, "%s", error[0] ? error : curl.easy_strerror(code));
    if (code == CCURL_FILESIZE_EXCEEDED) {
        long long declared = 0;
        curl.easy_getinfo(handle, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &declared);
        response->too_large = 1;
        response->size_seen = declared > 0 ? (size_t)declared : request->max_bytes + 1;
    }
    char *text = NULL;
    if (curl.easy_getinfo(handle, CURLINFO_EFFECTIVE_URL, &text) == 0) response->effective_url = copy(text);
    text = NULL;
    if (curl.easy_getinfo(handle, CURLINFO_REDIRECT_URL, &text) == 0) response->redirect_url = copy(text);
    text = NULL;
    if (curl.easy_getinfo(handle, CURLINFO_CONTENT_TYPE, &text) == 0) response->content_type = copy(text);
    curl.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response->status);
    curl.easy_getinfo(handle, CURLINFO_REDIRECT_COUNT, &response->redirects);
    curl.easy_cleanup(handle);
    curl.slist_free_all(headers);
}

void ccurl_response_free(ccurl_response *response) {
    free(response->effective_url);
    free(response->redirect_url);
    free(response->content_type);
    free(response->etag);
    free(response->last_modified);
    free(response->body);
    memset(response, 0, sizeof *response);
}
