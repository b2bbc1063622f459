//! Field schemas for the OpenAPI document, built from the limits and codes the code enforces
//! (`#[schema(schema_with = ...)]`), so that a limit and its description cannot differ.

use utoipa::openapi::schema::{ArrayBuilder, Object, ObjectBuilder, Type};

/// Free text of at most `max` characters (Unicode scalar values, as JSON Schema counts them).
pub fn text(max: usize) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .max_length(Some(max))
        .build()
}

/// One of `codes`.
pub fn one_of<'a>(codes: impl IntoIterator<Item = &'a str>) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(codes))
        .build()
}

/// A list of distinct codes, each one of `codes`.
pub fn list_of<'a>(codes: impl IntoIterator<Item = &'a str>) -> utoipa::openapi::schema::Array {
    ArrayBuilder::new().items(one_of(codes)).build()
}

/// An ISO 3166-1 alpha-2 country code (upper or lower case).
pub fn country() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some("^[A-Za-z]{2}$"))
        .description(Some("ISO 3166-1 alpha-2, such as BD or SE"))
        .build()
}
