namespace ZhuhaiArtisan.Api.Http;

/// <summary>The body's Content-Type is not one the endpoint takes (415).</summary>
public sealed class UnsupportedMediaTypeException(string message) : Exception(message);
