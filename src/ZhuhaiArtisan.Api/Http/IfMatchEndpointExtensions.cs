namespace ZhuhaiArtisan.Api.Http;

public static class IfMatchEndpointExtensions
{
    /// <summary>Documents that the endpoint takes If-Match (428 when missing, 412 when stale); the handler reads it with <see cref="ETags.RequireIfMatch"/>.</summary>
    public static RouteHandlerBuilder RequiresIfMatch(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new IfMatchRequiredMetadata());
}
