using FluentValidation;
using ZhuhaiArtisan.Application.Common.Time;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;

namespace ZhuhaiArtisan.Application.Catalogue.Common;

/// <summary>The shape of an item's content; included by the draft and revise validators.</summary>
public sealed class CatalogueItemInputValidator : AbstractValidator<ICatalogueItemInput>
{
    private static readonly string CertificateLevels = string.Join(", ", SkillLevel.All.Where(l => !l.IsReachedByAppointment).Select(l => l.Code));

    public CatalogueItemInputValidator(TimeProvider clock)
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(CatalogueItem.TitleMaxLength).MustBePrintableText();
        RuleFor(c => c.OccupationCode).NotEmpty().Must(OccupationCode.IsWellFormed)
            .WithMessage("An occupation code has the form 6-18-02-04.");
        // Training leads to a certificate level; 特级技师 and 首席技师 are posts filled by appointment.
        RuleFor(c => c.SkillLevel).NotEmpty()
            .Must(code => SkillLevel.FindByCode(code) is { IsReachedByAppointment: false })
            .WithMessage($"One of: {CertificateLevels}.");
        RuleFor(c => c.TrainingType).NotNull().MustBeDefined();
        RuleFor(c => c.TheoryHours).NotNull().InclusiveBetween(0, CatalogueItem.MaxHours);
        RuleFor(c => c.PracticeHours).NotNull().InclusiveBetween(0, CatalogueItem.MaxHours);
        RuleFor(c => c.TheoryHours)
            .Must((c, theory) => theory + c.PracticeHours >= 1)
            .When(c => c.TheoryHours is >= 0 && c.PracticeHours is >= 0)
            .WithErrorCode("catalogue.hours_required")
            .WithMessage("theoryHours and practiceHours together must be at least 1.");
        RuleFor(c => c.FeePerPerson).NotNull().MustBeAnAmountOfMoney(CatalogueItem.MaxAmount);
        RuleFor(c => c.DeliveryMode).NotNull().MustBeDefined();
        RuleFor(c => c.Clusters).NotNull()
            .Must(c => c is null || (c.Count >= 1 && c.Count <= IndustryCluster.All.Count))
            .WithMessage($"Between 1 and {IndustryCluster.All.Count} cluster codes.");
        RuleForEach(c => c.Clusters).NotEmpty().MustBeAClusterCode();
        RuleFor(c => c.IsUrgentlyNeeded).NotNull();
        RuleFor(c => c.IsNewOccupation).NotNull();
        RuleFor(c => c.ValidFrom).NotNull();
        RuleFor(c => c.ValidUntil).NotNull();
        RuleFor(c => c.ValidUntil)
            .GreaterThanOrEqualTo(c => c.ValidFrom)
            .When(c => c.ValidFrom is not null)
            .WithErrorCode("catalogue.validity_period_invalid")
            .WithMessage("validUntil cannot be before validFrom.");
        // A validity that has already ended offers nothing; "today" is Zhuhai's.
        RuleFor(c => c.ValidUntil)
            .Must(d => d is null || d.Value >= clock.TodayInChina())
            .WithMessage("validUntil cannot be in the past.");
    }
}
