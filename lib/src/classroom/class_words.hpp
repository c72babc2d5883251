// The words of the class pages, in each language the tool speaks.
#pragma once

#include <string>

namespace attachscore::classroom {

struct class_words {
    const char* lang;
    const char* form_intro;  ///< "{n} statements …"
    const char* no_wording;  ///< shown for an item without wording: "{n}"
    const char* code_label;
    const char* progress;      ///< "{n} questions"
    const char* question_of;   ///< "{i} of {n}"
    const char* about;         ///< "About: "
    const char* choose;        ///< under a question left unanswered
    const char* still_needed;  ///< "{k} questions still need an answer: {list}."
    const char* invalid;       ///< "The answer to question {i} is not one of its options."
    const char* wrong_code;
    const char* submit;
    const char* result_title;
    const char* keep_link;
    const char* your_point;  ///< caption of the student's own point
    const char* board_title;
    const char* answers;  ///< "{n} answers so far"
    const char* waiting;  ///< "{min}"
    const char* hidden;
    const char* closed;  ///< shown to students when submissions are closed
    const char* closed_board;
    const char *hide, *show, *close, *open;
    const char* class_code;  ///< "Class code: "
    const char* means;       ///< "Means of the {n} answers: "
    const char* board_key;   ///< the board needs the teacher's address
    const char *not_found, *not_found_text;
    const char* no_result;
    const char* bad_form;  ///< "The form could not be read: {why}."
    const char* full;
    const char* back;
};

[[nodiscard]] const class_words& class_words_for(const std::string& lang);

}  // namespace attachscore::classroom
