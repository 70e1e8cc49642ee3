using FluentValidation;
using ZhuhaiArtisan.Domain.Training.Enrolments;
using ZhuhaiArtisan.Domain.Training.PartnerRecords;

namespace ZhuhaiArtisan.Application.Training.Common;

public static class TrainingValidationRules
{
    /// <summary>Hours of one session: more than 0, at most 24, in steps of at most two decimal places.</summary>
    public static IRuleBuilderOptions<T, decimal?> MustBeSessionHours<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(h => h is null || (h.Value > 0 && h.Value <= Enrolment.MaxHoursPerSession && decimal.Round(h.Value, 2) == h.Value))
            .WithErrorCode("training.invalid_hours")
            .WithMessage($"Hours of one session: more than 0 and at most {Enrolment.MaxHoursPerSession:0}, with at most two decimal places.");

    /// <summary>A partner's own id: 1–64 printable ASCII characters.</summary>
    public static bool IsExternalId(string? value) =>
        value is { Length: > 0 and <= PartnerRecordLink.ExternalIdMaxLength } && value.All(c => c is >= '!' and <= '~');
}
