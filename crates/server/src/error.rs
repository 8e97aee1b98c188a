//! Errors as clients see them: a status code and `{"error": "..."}`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use entente_store::StoreError;

/// An error answer. Internal errors are logged on the server with their details and reach the
/// client as a generic message only.
#[derive(Debug)]
pub enum ApiError {
    /// 400: a parameter is missing, malformed or out of bounds.
    BadRequest(String),
    /// 404: no such document or route.
    NotFound(String),
    /// 422: the question or country was not understood.
    Unprocessable(String),
    /// 500: something failed inside; the detail is logged, never sent.
    Internal(String),
    /// Any other status, with a message safe to show.
    Status(StatusCode, String),
}

impl ApiError {
    /// An internal error with a detail for the log.
    pub fn internal(detail: impl Into<String>) -> ApiError {
        ApiError::Internal(detail.into())
    }

    /// The status code.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            ApiError::Status(s, _) => *s,
        }
    }

    /// The message a client may see.
    pub fn public_message(&self) -> &str {
        match self {
            ApiError::BadRequest(m)
            | ApiError::NotFound(m)
            | ApiError::Unprocessable(m)
            | ApiError::Status(_, m) => m,
            ApiError::Internal(_) => "internal error; the server log has the details",
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::InvalidQuery(m) => ApiError::BadRequest(m),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(detail) = &self {
            eprintln!("entente serve: internal error: {detail}");
        }
        let body = serde_json::json!({ "error": self.public_message() });
        (self.status(), Json(body)).into_response()
    }
}
