using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

namespace ZhuhaiArtisan.Application.Integration.Common;

/// <summary>The shape of an endpoint's fields, shared by registration and change.</summary>
public static class WebhookEndpointRules
{
    public const int MaxEventTypes = 16;

    public static IRuleBuilderOptions<T, string?> MustBeAWebhookUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .MaximumLength(WebhookEndpoint.UrlMaxLength)
            .Must(BeAnAbsoluteHttpUrl)
            .WithMessage("url must be an absolute https:// URL without user information or fragment.");

    public static void MustBeEventTypes<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.NotEmpty().WithMessage("Subscribe to at least one event type.")
            .Must(types => types is null || types.Count <= MaxEventTypes).WithMessage($"At most {MaxEventTypes} event types.")
            .ForEach(type => type.Must(WebhookEventTypes.IsKnown)
                .WithMessage(t => $"Unknown event type; known types are {string.Join(", ", WebhookEventTypes.All)}."));

    public static IRuleBuilderOptions<T, string?> MustBeADescription<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(WebhookEndpoint.DescriptionMaxLength).MustBePrintableText();

    private static bool BeAnAbsoluteHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.UserInfo)
        && string.IsNullOrEmpty(uri.Fragment)
        && !string.IsNullOrEmpty(uri.Host);
}
