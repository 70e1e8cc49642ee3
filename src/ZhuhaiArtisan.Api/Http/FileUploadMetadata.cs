namespace ZhuhaiArtisan.Api.Http;

/// <summary>
/// Marks an endpoint that takes a whole file as its body: it may be as large as
/// <see cref="RequestLimitsOptions.MaxUploadBytes"/>, and its contract documents each media type.
/// </summary>
/// <param name="JsonBodyType">The type of the body when sent as JSON.</param>
/// <param name="CsvExample">A short CSV file, for the contract.</param>
public sealed record FileUploadMetadata(Type JsonBodyType, string CsvExample);
