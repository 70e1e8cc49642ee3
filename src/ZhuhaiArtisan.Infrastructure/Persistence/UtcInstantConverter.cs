using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ZhuhaiArtisan.Infrastructure.Persistence;

/// <summary>Writes every instant (and every instant compared in a query) in UTC.</summary>
internal sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    instant => instant.ToUniversalTime(),
    stored => stored.ToUniversalTime());
