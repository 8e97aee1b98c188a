//! Entente's text layer (placeholder while it is being written).
