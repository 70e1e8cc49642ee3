using ZhuhaiArtisan.Application.Common.Events;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;
using ZhuhaiArtisan.Domain.Training.Completions;
using ZhuhaiArtisan.Domain.Training.Completions.Events;

namespace ZhuhaiArtisan.Application.Integration.PublishWebhookEvents;

/// <summary>
/// A completion a partner pushed matched its enrolment: the partner that pushed it learns so, and
/// no other partner does. A completion an institution recorded itself is nobody's webhook.
/// </summary>
public sealed class PublishTrainingCompletionAcceptedWebhook(IWebhookOutbox outbox) : IDomainEventHandler<TrainingCompletionAcceptedDomainEvent>
{
    public Task HandleAsync(TrainingCompletionAcceptedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.PushedByPartner is not { } partner)
        {
            return Task.CompletedTask;
        }

        var (classId, completionId) = (domainEvent.ClassId.Value, domainEvent.CompletionId.Value);
        return outbox.EnqueueAsync(
            WebhookEventTypes.TrainingCompletionAccepted,
            new TrainingCompletionWebhookData(
                completionId, classId, domainEvent.TalentId.Value, CompletionStatus.Accepted, domainEvent.Result, [],
                domainEvent.OccurredAt, TrainingCompletionWebhookData.HrefOf(classId, completionId)),
            domainEvent.OccurredAt,
            onlyFor: partner,
            cancellationToken);
    }
}
