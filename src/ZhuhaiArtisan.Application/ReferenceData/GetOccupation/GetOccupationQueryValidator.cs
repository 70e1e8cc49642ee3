using FluentValidation;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;

namespace ZhuhaiArtisan.Application.ReferenceData.GetOccupation;

public sealed class GetOccupationQueryValidator : AbstractValidator<GetOccupationQuery>
{
    public GetOccupationQueryValidator()
    {
        RuleFor(q => q.Code)
            .Must(OccupationCode.IsWellFormed)
            .WithErrorCode("reference.malformed_occupation_code")
            .WithMessage("An occupation code has the form 6-18-02-04 (major-middle-minor-detail).");
    }
}
