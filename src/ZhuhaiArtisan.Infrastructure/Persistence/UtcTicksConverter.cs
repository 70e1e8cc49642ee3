using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ZhuhaiArtisan.Infrastructure.Persistence;

/// <summary>An instant as its UTC ticks, for SQLite, which has no type for it.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    instant => instant.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
