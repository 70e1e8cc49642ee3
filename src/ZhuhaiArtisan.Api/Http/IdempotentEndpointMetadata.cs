using System.Security.Cryptography;
using ZhuhaiArtisan.Api.ErrorHandling;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Infrastructure.Idempotency;

namespace ZhuhaiArtisan.Api.Http;

/// <summary>Marks a POST endpoint as honouring <c>Idempotency-Key</c>.</summary>
public sealed record IdempotentEndpointMetadata(bool KeyRequired);
