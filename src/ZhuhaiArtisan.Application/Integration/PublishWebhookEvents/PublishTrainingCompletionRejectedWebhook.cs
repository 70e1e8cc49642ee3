using ZhuhaiArtisan.Application.Common.Events;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;
using ZhuhaiArtisan.Domain.Training.Completions;
using ZhuhaiArtisan.Domain.Training.Completions.Events;

namespace ZhuhaiArtisan.Application.Integration.PublishWebhookEvents;

/// <summary>
/// A completion a partner pushed does not match its enrolment: the partner that pushed it learns
/// what to fix (the mismatches), and no other partner does. A completion an institution recorded
/// itself is nobody's webhook.
/// </summary>
public sealed class PublishTrainingCompletionRejectedWebhook(IWebhookOutbox outbox) : IDomainEventHandler<TrainingCompletionRejectedDomainEvent>
{
    public Task HandleAsync(TrainingCompletionRejectedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.PushedByPartner is not { } partner)
        {
            return Task.CompletedTask;
        }

        var (classId, completionId) = (domainEvent.ClassId.Value, domainEvent.CompletionId.Value);
        return outbox.EnqueueAsync(
            WebhookEventTypes.TrainingCompletionRejected,
            new TrainingCompletionWebhookData(
                completionId, classId, domainEvent.TalentId.Value, CompletionStatus.Rejected, null, domainEvent.Mismatches,
                domainEvent.OccurredAt, TrainingCompletionWebhookData.HrefOf(classId, completionId)),
            domainEvent.OccurredAt,
            onlyFor: partner,
            cancellationToken);
    }
}
