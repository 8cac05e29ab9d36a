//! The token check. When the server has a token (required for a non-loopback bind), every
//! request must carry it: `Authorization: Bearer TOKEN`, or the `sitrep_token` cookie, or
//! `?token=TOKEN` (for opening the dashboard in a browser: the answer then sets the cookie,
//! so the page's links work without the token in them).

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::{ApiError, SharedState};

/// Compare without an early exit, so the time taken does not tell how much of a guess was
/// right.
fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut diff = a.len() ^ b.len();
    for i in 0..a.len().max(b.len()) {
        diff |= (a.get(i).copied().unwrap_or(0) ^ b.get(i).copied().unwrap_or(0)) as usize;
    }
    diff == 0
}

fn query_token(query: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == "token").then(|| crate::filters::percent_decode(v))
    })
}

fn cookie_token(req: &Request) -> Option<String> {
    req.headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| c.trim().strip_prefix("sitrep_token=").map(String::from))
}

/// True when a `Host` header names this machine's loopback (`localhost`, `127.0.0.1`,
/// `[::1]`, with any port).
fn loopback_host(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.rsplit_once(':').map_or(host, |(h, _)| h)
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

pub async fn require_token(State(state): State<SharedState>, req: Request, next: Next) -> Response {
    let Some(expected) = state.token.as_deref() else {
        // Without a token the server is bound to loopback. A web page the analyst visits
        // could still reach it through DNS rebinding (a name that resolves to 127.0.0.1):
        // the browser then sends that name as Host, so only loopback names are served.
        let host = req
            .headers()
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !loopback_host(host) {
            return ApiError {
                status: StatusCode::MISDIRECTED_REQUEST,
                message: format!(
                    "this server answers requests for localhost only, not {host:?} \
                     (start it with --token to serve other names)"
                ),
            }
            .into_response();
        }
        return next.run(req).await;
    };
    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|v| v.trim().to_string());
    let from_query = req.uri().query().and_then(query_token);
    let given = bearer
        .clone()
        .or_else(|| from_query.clone())
        .or_else(|| cookie_token(&req));
    match given {
        Some(t) if same(&t, expected) => {
            let mut response = next.run(req).await;
            if from_query.is_some() && bearer.is_none() {
                if let Ok(v) = HeaderValue::from_str(&format!(
                    "sitrep_token={expected}; Path=/; HttpOnly; SameSite=Strict"
                )) {
                    response.headers_mut().append(header::SET_COOKIE, v);
                }
            }
            response
        }
        Some(_) => ApiError {
            status: StatusCode::FORBIDDEN,
            message: "wrong token".into(),
        }
        .into_response(),
        None => {
            let mut r = ApiError {
                status: StatusCode::UNAUTHORIZED,
                message: "this server requires a token: send `Authorization: Bearer TOKEN` \
                          (or open the dashboard once with ?token=TOKEN)"
                    .into(),
            }
            .into_response();
            r.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            r
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_compare_whole() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "abcd"));
        assert!(!same("", "a"));
        assert_eq!(query_token("a=1&token=x%20y").as_deref(), Some("x y"));
        assert_eq!(query_token("tokens=1"), None);
        assert!(loopback_host("127.0.0.1:8080"));
        assert!(loopback_host("localhost"));
        assert!(loopback_host("[::1]:80"));
        assert!(!loopback_host("evil.example:8080"));
        assert!(!loopback_host(""));
    }
}
