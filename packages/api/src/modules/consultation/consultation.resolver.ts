import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Payload, PayloadMutation } from '../../graphql/payload';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { SteeringDocument } from '../steering-document/steering-document.entity';
import { AnswerConsultationInput, CloseConsultationInput, SendConsultationInput } from './dto/consultation.input';
import { Consultation, ConsultationResponse } from './consultation.entity';

const ConsultationPayload = Payload(Consultation, 'consultation');
const ConsultationResponsePayload = Payload(ConsultationResponse, 'consultationResponse');

const today = () => new Date().toISOString().slice(0, 10);

@Resolver(() => Consultation)
export class ConsultationResolver {
  @PayloadMutation(() => ConsultationPayload, {
    description: 'Sends a draft steering document on consultation (remiss) to chosen units with a deadline (ADMIN, EDITOR of the document’s owner unit).',
  })
  sendConsultation(@Arg('input') input: SendConsultationInput, @Ctx() ctx: Context) {
    return ctx.services.consultation.send(input);
  }

  @PayloadMutation(() => ConsultationPayload, { description: 'Closes a consultation: its answers are locked (ADMIN, EDITOR of the document’s owner unit).' })
  closeConsultation(@Arg('input') input: CloseConsultationInput, @Ctx() ctx: Context) {
    return ctx.services.consultation.close(input);
  }

  @FieldResolver(() => SteeringDocument)
  steeringDocument(@Root() consultation: Consultation, @Ctx() ctx: Context) {
    return ctx.loaders.SteeringDocumentByIdLoader.load(consultation.steeringDocumentId);
  }

  @FieldResolver(() => [ConsultationResponse], { description: 'One answer per unit asked, by unit name: the answers side by side.' })
  responses(@Root() consultation: Consultation, @Ctx() ctx: Context) {
    return ctx.loaders.ConsultationResponsesByConsultationIdLoader.load(consultation.id);
  }
}

@Resolver(() => ConsultationResponse)
export class ConsultationResponseResolver {
  @PayloadMutation(() => ConsultationResponsePayload, { description: 'Answers a consultation with the unit’s views, while it is open (EDITOR of the unit, ADMIN).' })
  answerConsultation(@Arg('input') input: AnswerConsultationInput, @Ctx() ctx: Context) {
    return ctx.services.consultation.answer(input);
  }

  @FieldResolver(() => Consultation, { nullable: true })
  consultation(@Root() response: ConsultationResponse, @Ctx() ctx: Context) {
    return ctx.loaders.ConsultationByIdLoader.load(response.consultationId);
  }

  @FieldResolver(() => OrganisationUnit, { nullable: true })
  organisationUnit(@Root() response: ConsultationResponse, @Ctx() ctx: Context) {
    return ctx.loaders.OrganisationUnitByIdLoader.load(response.organisationUnitId);
  }

  @FieldResolver(() => Boolean, { description: 'Answered.' })
  answered(@Root() response: ConsultationResponse): boolean {
    return response.answeredAt !== null;
  }

  @FieldResolver(() => Boolean, { description: 'Not answered and the deadline has passed.' })
  async late(@Root() response: ConsultationResponse, @Ctx() ctx: Context): Promise<boolean> {
    if (response.answeredAt) return false;
    const consultation = await ctx.loaders.ConsultationByIdLoader.load(response.consultationId);
    return consultation !== null && consultation.deadline < today();
  }
}

@Resolver(() => SteeringDocument)
export class SteeringDocumentConsultationsResolver {
  @FieldResolver(() => [Consultation], { description: 'Its consultations (remisser), newest first (staff of the municipality).' })
  consultations(@Root() document: SteeringDocument, @Ctx() ctx: Context) {
    return ctx.loaders.ConsultationsBySteeringDocumentIdLoader.load(document.id);
  }
}
