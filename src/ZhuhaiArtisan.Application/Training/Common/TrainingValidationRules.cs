using System.Linq.Expressions;
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

    /// <summary>The row's own external id: 1–64 printable ASCII characters.</summary>
    public static void RuleForExternalId<T>(this AbstractValidator<T> validator, Expression<Func<T, string?>> externalId) =>
        validator.RuleFor(externalId).Must(IsExternalId).WithMessage("externalId: 1–64 printable ASCII characters.");

    /// <summary>
    /// A record the row refers to, by the platform's id or by the partner's external id: exactly
    /// one of the two, each well-formed.
    /// </summary>
    public static void RuleForReference<T>(
        this AbstractValidator<T> validator,
        Expression<Func<T, Guid?>> id,
        Expression<Func<T, string?>> externalId,
        string idName,
        string externalIdName)
    {
        var externalIdOf = externalId.Compile();
        validator.RuleFor(id).NotEqual(Guid.Empty);
        validator.RuleFor(id).NotNull().When(r => externalIdOf(r) is null).WithMessage($"Give {idName} or {externalIdName}.");
        validator.RuleFor(id).Null().When(r => externalIdOf(r) is not null).WithMessage($"Give {idName} or {externalIdName}, not both.");
        validator.RuleFor(externalId).Must(IsExternalId).When(r => externalIdOf(r) is not null)
            .WithMessage($"{externalIdName}: 1–64 printable ASCII characters.");
    }

    /// <summary>The trainee, by talent id or by identity document (registered or linked on the way): exactly one of the two.</summary>
    public static void RuleForTrainee<T>(this AbstractValidator<T> validator, Expression<Func<T, Guid?>> talentId, Expression<Func<T, TraineeInput?>> trainee)
    {
        var traineeOf = trainee.Compile();
        validator.RuleFor(talentId).NotNull().When(r => traineeOf(r) is null)
            .WithMessage("Give talentId, or the trainee's identity document in trainee.");
        validator.RuleFor(talentId).Null().When(r => traineeOf(r) is not null)
            .WithMessage("Give talentId or trainee, not both.");
        validator.RuleFor(talentId).NotEqual(Guid.Empty);
        validator.RuleFor(trainee).SetValidator(new TraineeInputValidator()!).When(r => traineeOf(r) is not null);
    }
}
