using FluentValidation;
using Mapster;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Application.Catalogue.RecordCatalogueChanges;
using ZhuhaiArtisan.Application.Common.Events;
using ZhuhaiArtisan.Application.Integration.PublishWebhookEvents;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions.Events;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems.Events;
using ZhuhaiArtisan.Domain.Training.Completions.Events;

namespace ZhuhaiArtisan.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Validators and mappings of the use cases. The mediator itself is generated and registered
    /// by the composition root, which references the source generator.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: false);
        services.AddScoped<Common.Auditing.AuditTrail>();
        services.AddScoped<Catalogue.PublishCatalogueEdition.CatalogueEditionPublisher>();
        services.AddSingleton<Catalogue.SearchCatalogueEditionItems.CatalogueGramFrequencies>();
        services.AddScoped<IDomainEventHandler<CatalogueItemStatusChangedDomainEvent>, RecordCatalogueItemStatusChange>();
        services.AddScoped<IDomainEventHandler<CatalogueEditionPublishedDomainEvent>, RecordCatalogueEditionPublication>();

        // Webhooks: each domain event partners receive has one handler that puts it in the outbox.
        services.AddScoped<IWebhookOutbox, WebhookOutbox>();
        services.AddScoped<IDomainEventHandler<CatalogueEditionPublishedDomainEvent>, PublishCatalogueEditionPublishedWebhook>();
        services.AddScoped<IDomainEventHandler<CatalogueItemStatusChangedDomainEvent>, PublishCatalogueItemStatusWebhook>();
        services.AddScoped<IDomainEventHandler<TrainingCompletionAcceptedDomainEvent>, PublishTrainingCompletionAcceptedWebhook>();
        services.AddScoped<IDomainEventHandler<TrainingCompletionRejectedDomainEvent>, PublishTrainingCompletionRejectedWebhook>();
        _ = MappingsRegistered.Value;
        return services;
    }

    // Mapster's global configuration is process-wide: register it once even when several hosts
    // (test servers) start in one process.
    private static readonly Lazy<bool> MappingsRegistered = new(() =>
    {
        TypeAdapterConfig.GlobalSettings.Scan(typeof(DependencyInjection).Assembly);
        TypeAdapterConfig.GlobalSettings.Compile();
        return true;
    });
}
