using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Application.Common.Events;

/// <summary>Reacts to a domain event inside the unit of work that raised it (before the commit).</summary>
public interface IDomainEventHandler
{
    Task HandleAsync(IDomainEvent domainEvent, CancellationToken cancellationToken);
}
