using FluentValidation;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.EnrolTalent;

public sealed class EnrolTalentCommandValidator : AbstractValidator<EnrolTalentCommand>
{
    public EnrolTalentCommandValidator()
    {
        RuleFor(c => c.TalentId).NotNull().When(c => c.Trainee is null)
            .WithMessage("Give talentId, or the trainee's identity document in trainee.");
        RuleFor(c => c.TalentId).Null().When(c => c.Trainee is not null)
            .WithMessage("Give talentId or trainee, not both.");
        RuleFor(c => c.TalentId).NotEqual(Guid.Empty);
        RuleFor(c => c.Trainee!).SetValidator(new TraineeInputValidator()).When(c => c.Trainee is not null);
    }
}
