using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;

namespace ZhuhaiArtisan.Application.Catalogue.SearchCatalogueEditionItems;

public sealed class SearchCatalogueEditionItemsQueryValidator : AbstractValidator<SearchCatalogueEditionItemsQuery>
{
    public SearchCatalogueEditionItemsQueryValidator()
    {
        RuleFor(q => q.Number).GreaterThanOrEqualTo(1);
        RuleFor(q => q.Search).MaximumLength(CatalogueSearchText.QueryMaxLength).MustBePrintableText()
            .Must(s => CatalogueSearchText.TermsOf(s).Count <= CatalogueSearchText.MaxTerms)
            .WithMessage($"At most {CatalogueSearchText.MaxTerms} terms.");
        RuleFor(q => q.Occupation).Must(code => code is null || OccupationCode.IsWellFormed(code))
            .WithMessage("An occupation code has the form 6-18-02-04.");
        RuleFor(q => q.Cluster).MustBeAClusterCode();
        RuleFor(q => q.Level).Must(code => code is null || SkillLevel.FindByCode(code) is not null)
            .WithMessage($"One of: {string.Join(", ", SkillLevel.All.Select(l => l.Code))}.");
        RuleFor(q => q.District).MaximumLength(District.CodeMaxLength);
        RuleFor(q => q.TrainingType).MustBeDefined();
        RuleFor(q => q.DeliveryMode).MustBeDefined();
        RuleFor(q => q.Limit).MustBeAPageLimit();
    }
}
