using System.Security.Cryptography;
using ZhuhaiArtisan.Api.ErrorHandling;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Infrastructure.Idempotency;

namespace ZhuhaiArtisan.Api.Http;

public static class IdempotencyEndpointExtensions
{
    public const string HeaderName = "Idempotency-Key";

    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder builder, bool required = false) =>
        builder.WithMetadata(new IdempotentEndpointMetadata(required));
}
