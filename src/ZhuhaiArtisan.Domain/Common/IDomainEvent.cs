namespace ZhuhaiArtisan.Domain.Common;

public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
