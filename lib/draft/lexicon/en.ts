/** English. Read over the folded text: lower case, straight apostrophes ("you're" is one word). */
import { EN_SHAPES } from './en-shapes';
import type { Lexicon } from './types';

export const EN: Lexicon = {
  stop: "the a and to of you your is it for that this with are was would like about from have has will can just i'm i'd i've we're don't what how when there their they our my me be at on in an as if so do no not but or all any also some very thanks thank hi hello i we us been were which who did really love great am by he his her him she go up out one new",
  self: "i me my mine myself we us our ours ourselves i'm i've i'll i'd we're we've we'll we'd",
  you: "you your yours yourself yourselves you're you've you'll you'd ya",
  classes: {
    our: 'our my',
    your: 'your ur aapka aapki aapke apka apki apke',
    we: "we i we've i've we're i'm",
    // Pitch: the offer in the first person.
    product:
      'product products platform solution solutions service services software tool tools app agency offering pricing rates package packages programme coaching course consultancy suite chatbot widget plugin api saas',
    prodnot: 'old previous former current internal existing legacy last own',
    notsell:
      'team teams org group guild squad people engineers engineering eng ops manager managers designers lead leads colleagues roadmap analytics security infra',
    help1:
      "we_help we_helped we've_helped we_have_helped we_recently_helped we_just_helped i_help i_helped i've_helped i_have_helped we_enable we_empower i_enable i_empower we're_helping i'm_helping we've_been_helping i've_been_helping we_support i_support",
    outcome:
      'get grow scale increase generate book land win close save cut reduce double triple hit build launch automate streamline optimi~ improve find hire attract turn achieve unlock drive boost create sell convert stand level transform avoid stop leverage maxim~ accelerate lower raise add earn secure fill recover eliminate simplify outsource manage',
    helpnot:
      'organize organise run host coordinate maintain out moderate mentor teach lead each a my our the you your with to',
    insteadof: 'vs versus instead_of from',
    weare: "we_are we're we_re",
    firm: 'agency company firm platform startup consultancy provider studio vendor partner leader specialist specialists expert experts',
    weoffer:
      'we_offer we_provide we_sell we_guarantee we_deliver i_offer i_provide i_sell i_guarantee we_specialise we_specialize i_specialise i_specialize we_build we_design we_develop we_automate',
    offernot:
      'full remote relocation visa equity hybrid flexible benefits sponsorship competitive a_salary a_4 a_four a_relocation a_signing',
    grow: 'increase boost grow double triple improve maximize maximise skyrocket cut reduce lower slash halve',
    metric:
      'roi revenue revenues sales leads conversion conversions pipeline profit profits bookings mrr arr cost costs spend churn bill bills overhead margin margins traffic signups',
    grown:
      'increased reduced cut grew doubled tripled saved generated improved boosted lifted lowered raised',
    by: 'by',
    pctup:
      'more increase growth lift roi higher cheaper off discount reduction less lower faster savings saving uplift boost increase_in in_revenue in_sales',
    upto: 'up_to',
    xthe: 'the',
    xthing:
      'roi growth revenue return returns productivity sales leads pipeline conversions faster efficient results demos meetings mrr arr more increase',
    pay: 'salary compensation pay paid ote base comp package',
    mult: 'm mm mn k b bn million millions billion',
    rangew: 'to',
    cur: 'eur euro euros usd dollars dollar gbp pounds',
    offer:
      'free_trial free_audit free_consultation free_assessment free_strategy free_analysis free_review free_demo free_sample free_mockup free_estimate free_quote free_month free_pilot special_offer exclusive_offer limited_offer pricing_plan pricing_plans competitive_pricing affordable_price affordable_pricing affordable_rates no_obligation money_back no_strings_attached discount',
    clients: 'companies businesses teams brands organizations organisations firms startups clients customers',
    like: 'like',
    ourclients: 'our_clients our_customers my_clients my_customers our_users our_partners',
    seev: 'include like see saw get got report achieve achieved are',
    // Big asks: a meeting, a day and time, a calendar, a favour.
    min: 'min mins minute minutes',
    numw: 'five ten fifteen twenty thirty forty sixty a_few a_couple_of couple_of few',
    minbefore:
      'your the that this their his her took spent takes spend after every within best first last those these only each',
    minnot:
      'ago read reading later long late talk video walk drive ride presentation keynote podcast episode speech pitch away left each',
    meet: 'call chat meeting demo zoom meet walkthrough conversation catch session coffee',
    book: 'schedule book set arrange organize organise plan hop jump get grab',
    day: 'monday tuesday wednesday thursday friday saturday sunday',
    at: 'at between around from',
    daypart: 'morning afternoon evening',
    checknot: 'after_your on_you on_how to_see_how',
    when: 'tomorrow this_week next_week this_afternoon this_month next_month',
    showv: 'show explain walk demo',
    cal: 'calendly calendly_com cal_com my_calendar my_calendly my_booking my_scheduling book_a_time book_a_slot find_a_time grab_a_time pick_a_time choose_a_slot your_availability times_that_work a_time_that_works a_good_time_that_works time_on_your_calendar time_in_your_calendar send_you_an_invite send_over_an_invite calendar_invite',
    favour:
      'refer_me a_referral referral_for put_in_a_good_word introduce_me_to intro_to_your get_me_an_interview consider_me_for hire_me endorse_me review_my_resume review_my_cv review_my_deck look_at_my_resume look_at_my_cv looking_at_my_portfolio',
    // Hooks: their work, a mutual contact, a shared place, their news.
    content:
      'post posts article articles talk talks keynote webinar podcast episode comment comments newsletter thread essay blog video interview panel presentation paper papers book report study research write writeup breakdown deep case analysis tutorial guide slides session workshop course repo library project launch thesis piece column op announcement update livestream stream ama speech lecture checklist template playbook handbook cheat docs documentation sdk package crate module dataset notebook tweet story answer tip tips advice question rfc proposal contribution illustration photo photos dashboard framework toolkit live recent latest',
    congrats: 'congrats congratulations congrat kudos mazel well_done',
    mutual:
      'friend_of colleague_of former_colleague old_colleague my_colleague my_manager my_cofounder my_co worked_together suggested recommended introduced referred pointed_me told_me_about put_us_in_touch connected_us vouched told_me_to said_i_should said_we_should',
    event:
      'group community meetup meet_up conference summit expo forum event hackathon cohort alumni alumnus alumna alum school university college campus class_of fellowship accelerator incubator slack discord guild association society congress festival symposium retreat residency circle webinar',
    new: 'new recent',
    newsnot: 'recently just have has had also',
    role: 'role position job gig title chapter venture company office hq headquarters product feature release book paper series funding round hire hires',
    news: 'funding fundraise raised raising seed_round pre_seed launch launched launching acquired acquires merger expansion expanding expanded award awarded won winning ipo milestone released announced announcement opened partnership_with went_public shipped rebrand featured_in named_to nominated promotion promoted appointed joined joining',
    value:
      "prepared put_together pulled_together thought_you_would thought_you_might thought_you'd you_might_find you_might_like you_might_enjoy might_be_useful might_be_helpful might_be_relevant sharing shared here's here_is attached link article report case_study template checklist guide resource recording slides notes_from data_on benchmark found_this came_across_this wrote_up summary playbook whitepaper white_paper ebook podcast episode video as_promised you_asked_for you_asked_about you_wanted share",
    pushw:
      "asap as_soon_as_possible limited_time act_now act_fast last_chance final_notice final_reminder final_offer final_chance final_call don't_miss_out don't_miss_this before_it's_too_late running_out time_sensitive last_ping last_attempt last_try miss_out",
  },
  shapes: EN_SHAPES,
  onlyConnect: String.raw`^\W*(?:i'?d|i would|let'?s|would|happy|keen|glad) ?(?:like|love|be happy|be glad)? ?(?:to )?(?:connect|add you|network)(?: with you)?(?: here| on linkedin)?[\s.!]*$`,
  subjects: [
    'quick question',
    'a quick question',
    'question',
    'one question',
    'quick question for you',
    'opportunity',
    'opportunity for you',
    'an opportunity for you',
    'exciting opportunity',
    'great opportunity',
    'business opportunity',
    'job opportunity',
    'career opportunity',
    'new opportunity',
    'partnership',
    'partnership opportunity',
    'collaboration',
    'collaboration opportunity',
    'following up',
    'follow up',
    'followup',
    'checking in',
    'just checking in',
    'touching base',
    'hello',
    'hi',
    'hey',
    'hi there',
    'hello there',
    'greetings',
    'introduction',
    'intro',
    'quick intro',
    'quick chat',
    'let s connect',
    'lets connect',
    'connect',
    'connecting',
    'networking',
    'proposal',
    'important',
    'urgent',
    'request',
    'meeting request',
    'meeting',
    'call',
    'quick call',
    'time to chat',
    '15 minutes',
    'got a minute',
    'do you have a minute',
    'thoughts',
    'idea',
    'quick idea',
    'hiring',
    'no subject',
    'your profile',
    'your background',
    'great fit',
    'perfect fit',
  ],
};
